// What the telemetry tests share: the page's settings, as a council's page or script would write them.

export type PageGlobal = { councilComponents?: { telemetry?: unknown; sample?: unknown } };

/** Sets the page's meta of that name, adding it when missing. */
export const setMeta = (name: string, content: string): void => {
  let meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = name;
    document.head.append(meta);
  }
  meta.content = content;
};
