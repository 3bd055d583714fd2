import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { readSymbolList } from '../document-symbols';

/** One symbol or several abbreviated as UN texts do ("A/62/307 and Corr.3"); the message shows the shape expected. */
export function IsDocumentSymbolList(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name: 'isDocumentSymbolList',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && readSymbolList(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string')
            return `${args?.property} must be a document symbol such as A/62/307, or several as in "A/62/307 and Corr.3"`;
          const list = readSymbolList(value);
          return list.valid ? '' : list.message;
        },
      },
    });
  };
}
