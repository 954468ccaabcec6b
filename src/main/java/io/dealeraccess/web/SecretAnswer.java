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
 * An answer to a security question: printable text, at most 100 characters.
 * Empty values pass: pair it with {@code @NotBlank} and its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 100, message = "Use at most 100 characters.")
@Pattern(regexp = "^[^\\p{Cntrl}]*$",
    message = "Use letters, digits, spaces and punctuation only.")
public @interface SecretAnswer {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
