export {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
} from './password-policy';
export { isCommonPassword } from './common-passwords';
