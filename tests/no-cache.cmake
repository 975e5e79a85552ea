# Read by ctest before it runs any test (the top directory's
# TEST_INCLUDE_FILES): every test inherits XLATCHECK_CACHE=off, so no test
# reads or writes the user's result cache, and the analysis under test
# (also under ASan and valgrind) is never replaced by a cache hit.  Tests
# of the cache itself pass --cache DIR, which wins over the variable.
set(ENV{XLATCHECK_CACHE} off)
