/** txdoctor's version, shown in `meta.version` and `--version`. A test keeps it equal to package.json's. */
export const version = '0.1.0'
