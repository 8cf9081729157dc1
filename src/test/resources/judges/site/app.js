// Shows a greeting instead of leaving the page, so a browser test can type and click.
document.querySelector('form').addEventListener('submit', function (event) {
  event.preventDefault();
  var greeting = document.getElementById('hilsen');
  greeting.textContent = 'Takk, ' + document.getElementById('navn').value + '!';
  greeting.hidden = false;
});
