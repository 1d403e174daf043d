import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedController, type FeedSource } from '../../src/feed/feed-controller.js';
import { answer, controlledNetwork } from '../reliability/support.js';
import { sampleFeed } from '../helpers.js';

/** A host with no rendering: counts the updates the controller asks for. */
function bareHost(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: (controller) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('FeedController', () => {
  for (const [name, source] of [
    ['a timeout that is not a number', { src: '/controller/nan.json', timeout: Number.NaN }],
    ['a size cap that is not a number', { src: '/controller/cap.json', maxSize: Number.NaN }],
  ] as [string, FeedSource][]) {
    it(`with ${name}, reading the state again does not start the load again`, async () => {
      const network = controlledNetwork(answer.json(sampleFeed()));
      const controller = new FeedController(bareHost(), () => ({ ...source }));
      for (let read = 0; read < 5; read++) void controller.state;
      await new Promise((resolve) => setTimeout(resolve, 20));
      void controller.state;
      expect(controller.state?.status).to.equal('loaded');
      expect(network.requests).to.have.length(1);
    });
  }
});
