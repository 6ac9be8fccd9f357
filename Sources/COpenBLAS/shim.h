#ifndef FINGOV_COPENBLAS_SHIM_H
#define FINGOV_COPENBLAS_SHIM_H

// CBLAS as shipped by Debian's libopenblas-dev (found through pkg-config `openblas`). OpenBLAS's
// cblas.h also declares its introspection calls: openblas_get_corename, openblas_get_num_threads,
// openblas_set_num_threads.
#include <cblas.h>

// Debian's OpenBLAS exports LAPACK as well; declare the one Fortran routine we call rather than
// depending on a second system package. Fortran passes every argument by reference.
void dgesv_(const int *n, const int *nrhs, double *a, const int *lda,
            int *ipiv, double *b, const int *ldb, int *info);

#endif
