package io.dealeraccess.requestform;

import io.dealeraccess.web.ApplicantForm;
import java.io.Serializable;

/** Reactivate a user ID, step 1: the ID and its owner. Kept in the session until the security question is answered. */
class ReactivationForm extends ApplicantForm implements Serializable {

  private static final long serialVersionUID = 1L;
}
