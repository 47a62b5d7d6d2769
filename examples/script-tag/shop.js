// Runs after orderzone.js (both are `defer`): the global exists, so configure() can be called at any
// time. Here a language switch changes the language of every OrderZone element on the page.
const button = document.getElementById('language');
button.addEventListener('click', () => {
  const next = button.textContent === '中文' ? 'zh-CN' : 'en-US';
  window.OrderZone.configure({ locale: next });
  button.textContent = next === 'zh-CN' ? 'English' : '中文';
});
