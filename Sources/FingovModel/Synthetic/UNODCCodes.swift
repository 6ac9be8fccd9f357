/// The codes of UNODC's vocabulary (`data/vocabulary/`), named for the synthetic ledger, whose
/// structure is UNODC's. No rule of the analyses depends on them: the rules read the vocabulary
/// (`LedgerVocabulary`); `SyntheticTests` checks that these codes are those of the files.
extension Fund {
    /// The Fund of the United Nations International Drug Control Programme.
    public static let drugProgramme: Fund = "drug"
    /// The United Nations Crime Prevention and Criminal Justice Fund.
    public static let crimeProgramme: Fund = "crime"
    /// The regular budget of the United Nations.
    public static let regularBudget: Fund = "regular"
    /// UNODC's funds, in the order of `funds.csv`.
    public static let unodc: [Fund] = [.drugProgramme, .crimeProgramme, .regularBudget]
}

extension Category {
    public static let humanResources: Category = "human-resources"
    public static let financeAndBudget: Category = "finance-and-budget"
    public static let informationTechnology: Category = "information-technology"
    public static let facilities: Category = "facilities"
    public static let executiveDirection: Category = "executive-direction"
    public static let oversight: Category = "oversight"
    public static let planning: Category = "planning"
    public static let resourceMobilization: Category = "resource-mobilization"
    public static let monitoring: Category = "monitoring"
    public static let evaluation: Category = "evaluation"
    public static let programmeManagement: Category = "programme-management"
    public static let programmeDelivery: Category = "programme-delivery"
    /// UNODC's categories, in the order of `categories.csv`.
    public static let unodc: [Category] = [.humanResources, .financeAndBudget, .informationTechnology, .facilities, .executiveDirection, .oversight,
                                           .planning, .resourceMobilization, .monitoring, .evaluation, .programmeManagement, .programmeDelivery]
}

extension CategoryGroup {
    public static let centralAdministration: CategoryGroup = "central-administration"
    public static let executiveDirection: CategoryGroup = "executive-direction-and-management"
    public static let oversight: CategoryGroup = "oversight"
    public static let programmeServices: CategoryGroup = "programme-services"
    public static let programmeDelivery: CategoryGroup = "programme-delivery"
}
