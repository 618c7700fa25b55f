/*
 * The old CMS theme's own script, on jQuery 1.12, as found in the wild: it
 * restyles every text field, smooth-scrolls every in-page link, and disables
 * the submit button once a form is sent (so a resident cannot send twice).
 * Components must keep working beside it.
 */
/* global jQuery */
jQuery(function ($) {
  $('input[type=text], input:not([type])').addClass('cms-field');

  $(document).on('click', 'a[href^="#"]', function () {
    var target = $(this.hash);
    if (target.length) $('html, body').animate({ scrollTop: target.offset().top - 20 }, 200);
  });

  $('form').on('submit', function (event) {
    if (event.isDefaultPrevented()) return;
    $(this)
      .find('button[type=submit]')
      .prop('disabled', true)
      .text($('html').attr('lang') === 'cy' ? 'Yn anfon…' : 'Sending…');
  });
});
