import { defineCustomClientStrategy, isLocale } from '$lib/paraglide/runtime';

// In the browser the page's language is the one the server rendered it in; changing it is a
// page load (the language switch is a link), never a change in place.
defineCustomClientStrategy('custom-page', {
  getLocale: () => {
    const lang = document.documentElement.lang;
    return isLocale(lang) ? lang : undefined;
  },
  setLocale: () => undefined,
});
