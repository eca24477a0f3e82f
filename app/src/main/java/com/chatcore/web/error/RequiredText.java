package com.chatcore.web.error;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that must be present and not blank, with the seeds' two distinct messages
 * ("es requerido" when missing, "no puede estar en blanco" when empty).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RequiredText.Validator.class)
public @interface RequiredText {

    String message() default DrfMessages.REQUIRED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RequiredText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value != null && !value.isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(value == null ? DrfMessages.REQUIRED : DrfMessages.BLANK)
                    .addConstraintViolation();
            return false;
        }
    }
}
