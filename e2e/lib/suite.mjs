// What every browser test file shares: a status check that shows the whole answer, and a teardown that runs
// each step even when an earlier one failed (so no server is left running).
import assert from 'node:assert/strict';

/** The body of `response` once its status is `status`; otherwise fails showing the whole answer. */
export function expectStatus(response, status, what) {
    assert.equal(response.status, status, `${what}: ${JSON.stringify(response)}`);
    return response.body;
}

/** Runs every step, each on its own: a failure is logged and the next step still runs. */
export async function cleanUp(steps) {
    for (const step of steps) {
        try {
            await step();
        } catch (error) {
            console.error('cleanup:', error);
        }
    }
}
