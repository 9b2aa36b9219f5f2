/** Words for contract fields, shared by the list and the details page. */
export const BILLING_LABELS = { paid: "Paid", due: "Payment due", overdue: "Payment overdue" } as const;
export const CHANNEL_LABELS = { online: "Online", reseller: "Reseller" } as const;
export const STATUS_LABELS = { active: "Active", expired: "Expired" } as const;
export const MANAGEMENT_LABELS = { named: "Named (User Management)", classic: "Classic (Classic User Management)" } as const;
