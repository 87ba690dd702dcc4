// Practicum's configuration of the Camunda 7 Admin (replaces the webjar's app/admin/scripts/config.js,
// which our module's classpath serves first). Keys: see the stock file in camunda-webapp-webjar-7.24.0.jar.
export default {
  // the header reads "Practicum Admin" (vendor + name) instead of "Camunda Admin", so does the page title
  app: {
    name: 'Admin',
    vendor: 'Practicum'
  },

  // English for now. To add Vietnamese: ship app/admin/locales/vi.json (a translation of the stock en.json)
  // beside this file and list 'vi' here; the browser's language then picks it.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },

  // no "Welcome to Camunda, check out the Camunda Welcome page" notice on first login
  disableWelcomeMessage: true,

  // the red "migrate to Camunda 8" banner has no configuration key in 7.24 (the header hard-codes
  // isCommunityEdition = true); styles/user-styles.css hides it
};
