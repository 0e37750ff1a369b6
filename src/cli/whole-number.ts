import { InvalidArgumentError } from 'commander';

/** A commander argument parser for a whole number of at least `min`; commander reports the error as a usage error. */
export const wholeNumber = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`Expected a whole number of at least ${min}.`);
  return n;
};
