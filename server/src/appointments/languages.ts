/** Whether two BCP 47 tags name the same language for matching a person to an interpreter (zh and zh-Hant: yes). */
export function sameLanguage(a: string, b: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return primary(a) === primary(b);
}

export function speaks(languages: readonly string[], language: string): boolean {
  return languages.some((l) => sameLanguage(l, language));
}
