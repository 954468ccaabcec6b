package io.dealeraccess.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address with a domain such as dealership.com.
 * Empty values pass: pair it with {@code @NotBlank} and its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 254, message = "Use at most 254 characters.")
@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
    message = "Enter an email address like name@dealership.com.")
public @interface EmailAddress {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
