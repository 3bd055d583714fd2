import { validateSymbol } from '@mandate-tracker/resolution-parser';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** A UN document symbol; the message shows the shapes expected. */
export function IsDocumentSymbol(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name: 'isDocumentSymbol',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateSymbol(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be a document symbol string`;
          const check = validateSymbol(value);
          // The field is named by the errors map and the overall message already; naming it here too doubled it.
          return check.valid ? '' : check.message;
        },
      },
    });
  };
}
