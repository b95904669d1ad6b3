import { Logger } from '@nestjs/common';
import { JobLoop } from './job-loop';

describe('JobLoop', () => {
  const logger = { error: jest.fn() } as unknown as Logger;
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('runs a round at once, then again one interval after the previous round ended', async () => {
    const round = jest.fn().mockResolvedValue(undefined);
    const loop = new JobLoop('Test job', 1000, round, logger);
    loop.kick();
    await tick();
    expect(round).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(999);
    await tick();
    expect(round).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    await tick();
    expect(round).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('never runs two rounds at once: a kick during a round waits for it', async () => {
    let finish: () => void = () => undefined;
    const round = jest.fn().mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    const loop = new JobLoop('Test job', 1000, round, logger);
    loop.kick();
    loop.kick();
    await tick();
    expect(round).toHaveBeenCalledTimes(1);
    finish();
    await loop.stop();
  });

  it('logs a failed round and goes on', async () => {
    const round = jest.fn().mockRejectedValueOnce(new Error('database gone')).mockResolvedValue(undefined);
    const loop = new JobLoop('Test job', 10, round, logger);
    loop.kick();
    await tick();
    expect(logger.error).toHaveBeenCalledWith('Test job round failed: database gone');
    jest.advanceTimersByTime(10);
    await tick();
    expect(round).toHaveBeenCalledTimes(2);
    await loop.stop();
  });

  it('starts no round after stop, and stop waits for the round in flight', async () => {
    let finished = false;
    const round = jest.fn().mockImplementation(async () => {
      await tick();
      finished = true;
    });
    const loop = new JobLoop('Test job', 10, round, logger);
    loop.kick();
    await loop.stop();
    expect(finished).toBe(true);
    loop.kick();
    jest.advanceTimersByTime(100);
    await tick();
    expect(round).toHaveBeenCalledTimes(1);
  });
});
