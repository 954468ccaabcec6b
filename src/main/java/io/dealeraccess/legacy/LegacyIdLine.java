package io.dealeraccess.legacy;

import io.dealeraccess.web.ApplicantForm;

/**
 * One line of the old portal's file, held to the registration form's own field rules (PDN, user ID format, names,
 * email, phone: the annotations of {@link ApplicantForm}), so that an imported ID could have been registered here.
 */
class LegacyIdLine extends ApplicantForm {

  private static final long serialVersionUID = 1L;
}
