import ArgumentParser
@main struct Fingov: ParsableCommand { func run() {} }
