import { expect } from '@open-wc/testing';
describe('runner', () => {
  it('runs', () => {
    expect(1 + 1).to.equal(2);
  });
});
