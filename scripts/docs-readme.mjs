// The README as the TypeDoc home page: TypeDoc titles the page with the project's name, so the README's own
// first heading (`# wirecopy`) would be a second one; it is left out there (the npm page keeps it).

/**
 * The README text without its first level-one heading line (and the blank line after it).
 *
 * @param {string} readme
 * @returns {string}
 */
export function typedocReadme(readme) {
  return readme.replace(/^# [^\n]*\n(?:\r?\n)?/, '');
}
