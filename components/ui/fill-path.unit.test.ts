import { describe, expect, it } from "vitest";
import { fillPath } from "./fill-path";

describe("fillPath", () => {
  it("fills each {key} from the result", () => {
    expect(fillPath("/hubs/{hubId}/projects/{projectId}", { hubId: "h1", projectId: "p 2" })).toBe("/hubs/h1/projects/p%202");
  });
  it("leaves a key the result lacks as written", () => {
    expect(fillPath("/hubs/{hubId}/settings", null)).toBe("/hubs/{hubId}/settings");
  });
});
