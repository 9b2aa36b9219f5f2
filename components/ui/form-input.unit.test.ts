import { describe, expect, it } from "vitest";
import { formInput } from "./form-input";

describe("formInput", () => {
  it("keeps filled fields and leaves out empty ones", () => {
    const data = new FormData();
    data.set("name", "Plans");
    data.set("parentId", "");
    expect(formInput(data)).toEqual({ name: "Plans" });
  });
});
