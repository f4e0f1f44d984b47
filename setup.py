"""Declares the optional compiled NER kernel; everything else is in pyproject.toml.

``textmine.extract._ner_kernel`` (Cython) computes the NER model's scores and decoding bit for bit
as the numpy code in ``ner_model.py`` does, several times faster.  It is optional: when it cannot be
compiled (no C compiler) the installation still succeeds and ``ner_model`` uses numpy.

Floating point: ``-ffp-contract=off`` stops the compiler from fusing a multiply and an add into one
FMA (one rounding instead of numpy's two), and ``-ffast-math`` must never be used (it reorders sums).
"""
import os

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # building without build isolation and without Cython: numpy path only
    cythonize = None

FLAGS = [] if os.name == "nt" else ["-O3", "-ffp-contract=off", "-fno-fast-math"]

extensions = []
if cythonize is not None:
    extensions = cythonize(
        [Extension("textmine.extract._ner_kernel", ["src/textmine/extract/_ner_kernel.pyx"],
                   extra_compile_args=FLAGS, optional=True)],
        compiler_directives={"language_level": "3"},
    )
    for ext in extensions:
        ext.optional = True  # a failed compilation warns instead of failing the installation

setup(ext_modules=extensions)
