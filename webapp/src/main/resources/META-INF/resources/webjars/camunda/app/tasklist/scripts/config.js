// Practicum's configuration of the Camunda 7 Tasklist (replaces the webjar's app/tasklist/scripts/config.js,
// which our module's classpath serves first). Keys: see the stock file in camunda-webapp-webjar-7.24.0.jar.
export default {
  // the header reads "Practicum Tasklist" (vendor + name) instead of "Camunda Tasklist", so does the page title
  app: {
    name: 'Tasklist',
    vendor: 'Practicum'
  },

  // Vietnamese (app/tasklist/locales/vi.json, a translation of every key of the stock en.json) and English; the
  // browser's language picks one, anything else gets English. The login form and header come from the same file.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },

  // no "Welcome to Camunda, check out the Camunda Welcome page" notice on first login
  disableWelcomeMessage: true,

  // the keyboard shortcuts of the stock Tasklist, kept as they were
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  },
  // the red "migrate to Camunda 8" banner has no configuration key in 7.24 (the header hard-codes
  // isCommunityEdition = true); styles/user-styles.css hides it
};
