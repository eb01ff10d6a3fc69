export { BasisChoice } from './basis-choice';
export { ChoiceGroup, type Choice, type ChoiceGroupProps } from './choice-group';
