/*
 * The old CMS theme's own script, on jQuery 1.12, as found in the wild: it
 * restyles every text field, smooth-scrolls every in-page link, and disables
 * the submit button once a form is sent (so a resident cannot send twice).
 * Components must keep working beside it.
 *
 * It also does what the README asks of a council page: it shows the GOV.UK
 * error summary from the components' `council-invalid` events, each problem
 * a link that takes the resident to its field.
 */
/* global jQuery */
jQuery(function ($) {
  $('input[type=text], input:not([type])').addClass('cms-field');

  $(document).on('click', 'a[href^="#"]', function () {
    var target = $(this.hash);
    if (target.length) $('html, body').animate({ scrollTop: target.offset().top - 20 }, 200);
  });

  var welsh = $('html').attr('lang') === 'cy';
  var problems = [];
  // Each sending starts a new list: a capturing listener on the document runs before the components' check.
  document.addEventListener(
    'submit',
    function () {
      problems = [];
    },
    true,
  );
  $(document).on('council-invalid', function (event) {
    var form = $(event.target).closest('form');
    problems = problems.concat(event.originalEvent.detail.errors);
    form.find('.govuk-error-summary').remove();
    var list = $('<ul class="govuk-list govuk-error-summary__list"></ul>');
    $.each(problems, function (i, problem) {
      list.append(
        $('<li></li>').append(
          $('<a></a>')
            .attr('href', '#' + problem.fieldId)
            .text(problem.message),
        ),
      );
    });
    form.prepend(
      $(
        '<div class="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title"></h2><div class="govuk-error-summary__body"></div></div></div>',
      )
        .find('h2')
        .text(welsh ? 'Mae problem wedi codi' : 'There is a problem')
        .end()
        .find('.govuk-error-summary__body')
        .append(list)
        .end(),
    );
  });
  // A link in the summary takes the resident to the field, as govuk-frontend's ErrorSummary does.
  $(document).on('click', '.govuk-error-summary a', function (event) {
    var field = document.getElementById(this.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView();
    field.focus();
  });

  $('form').on('submit', function (event) {
    if (event.isDefaultPrevented()) return;
    $(this)
      .find('button[type=submit]')
      .prop('disabled', true)
      .text($('html').attr('lang') === 'cy' ? 'Yn anfon…' : 'Sending…');
  });
});
