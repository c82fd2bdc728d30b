/**
 * A page view's own words, in both languages, with `{name}` placeholders filled from params.
 * A placeholder without a param is a bug in the view and throws, naming the page and the key.
 */
import { pick, type Bilingual, type Lang } from "../i18n/index.ts";

export type Say<K extends string> = (lang: Lang, key: K, params?: Record<string, string>) => string;

export function pageWords<K extends string>(page: string, words: Record<K, Bilingual>): Say<K> {
  return (lang, key, params = {}) =>
    pick(words[key], lang).replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`${page} words: "${key}" needs a value for {${name}}`);
      return value;
    });
}
