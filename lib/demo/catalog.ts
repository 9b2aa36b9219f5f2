/** The demo product catalogue: CAD and engineering software, by short code. */
export const demoProducts = [
  { code: "ACD", name: "AutoCAD", description: "2D and 3D CAD for drafting, detailing and documentation." },
  { code: "RVT", name: "Revit", description: "BIM for architectural, MEP and structural design." },
  { code: "F360", name: "Fusion", description: "Cloud CAD, CAM, CAE and PCB in one product development platform." },
  { code: "INV", name: "Inventor", description: "Professional-grade 3D mechanical design and simulation." },
  { code: "MAYA", name: "Maya", description: "3D animation, modelling, simulation and rendering." },
  { code: "3DSMAX", name: "3ds Max", description: "3D modelling and rendering for design visualisation." },
  { code: "CIVIL3D", name: "Civil 3D", description: "Civil infrastructure design and documentation." },
  { code: "NAVIS", name: "Navisworks Manage", description: "Project review, clash detection and 4D construction simulation." },
] as const;

export type DemoProductCode = (typeof demoProducts)[number]["code"];
