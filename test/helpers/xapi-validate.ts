// Learning Locker's xAPI validator (a CommonJS module whose function is `exports.default`):
// the list of what is wrong with a statement, empty when it is valid xAPI.
import * as validation from '@learninglocker/xapi-validation';

type Validate = (statement: unknown) => unknown[];
const loaded = validation as unknown as { default: Validate | { default: Validate } };

export const validateStatement: Validate = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
