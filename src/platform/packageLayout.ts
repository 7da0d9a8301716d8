/**
 * Where scripts/app-packages.js placed the bundled volume's files in WeChat's code packages
 * (`app/packages.json`): the one description of those paths, read by the build's config (to copy
 * the files and declare the subpackages) and by the app (to read them). Types only, no imports, so
 * both sides can share it.
 */

/** A file of the volume in WeChat's code packages. */
export interface PackagedFile {
  /** The subpackage root that holds it; '' for the main package. */
  root: string;
  /** Its path from the code package's root. */
  path: string;
}

/** The layout of the volume's files; the build's side adds where each came from (`F`). */
export interface PackageLayout<F extends PackagedFile = PackagedFile> {
  toc: F;
  allText: F;
  text: Record<string, F>;
  index: F[];
}
