package io.dealeraccess.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's first or last name.
 * Empty values pass: pair it with {@code @NotBlank} and its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 60, message = "Use at most 60 characters.")
@Pattern(regexp = "^[\\p{L}][\\p{L} .'\\-]*$",
    message = "Use letters, spaces, hyphens, periods and apostrophes only.")
public @interface PersonName {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
