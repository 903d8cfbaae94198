# What `cmake --install` puts where, and the Debian package CPack builds from it
# (scripts/package writes build/cpdoc_VERSION_ARCH.deb). Everything cpdoc reads at run time
# (policy packs, calendars, render templates) is compiled in: the package is the binary, its
# manual pages, and what it runs (Pandoc, WeasyPrint) and renders with (the fonts).
include(GNUInstallDirs)
install(TARGETS cpdoc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CPDOC_MAN_DIR}/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        FILES_MATCHING PATTERN "*.1.gz")
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Installing (and so packaging) takes what was built: scripts/package builds first, and the
# package test can run cpack beside the other tests without rebuilding anything.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cpdoc)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "cpdoc maintainers <maintainers@users.noreply.h-seed-20c13ffe.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "check child protection plans, minutes and chronologies against local policy")
set(CPACK_PACKAGE_DESCRIPTION
    "cpdoc checks multi-agency child protection documents (child's plans, minutes and
chronologies written in a Markdown dialect) against local policy packs, citing the
guidance behind every finding, and renders those that pass to DOCX and PDF.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # cpdoc_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries come from dpkg-shlibdeps (dpkg-dev); these are what cpdoc runs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "pandoc, weasyprint, fonts-liberation2, fonts-dejavu-core")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
include(CPack)
