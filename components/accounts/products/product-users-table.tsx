import type { ProductUserRow } from "@/lib/accounts/products/list-product-users";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { PagerLinks } from "@/components/ui/keyset-pager";
import { ProductUserMenu } from "./product-user-menu";

type Props = {
  accountId: string;
  productId: string;
  productName: string;
  rows: ProductUserRow[];
  emptyText: string;
  pager: PagerLinks;
  /** Capability from the page's policy check (UM-5), with the reason when refused. */
  canUnassign: boolean;
  refusalReason?: string;
};

const ADMIN_LABELS = { primary: "Primary admin", secondary: "Secondary admin" } as const;

const COLUMNS: readonly Column<ProductUserRow>[] = [
  { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
  { key: "email", header: "Email", className: "text-slate-600", cell: (r) => r.email },
  { key: "status", header: "Status", cell: (r) => (r.status === "invited" ? "Invited" : "Active") },
  { key: "admin", header: "Admin role", cell: (r) => (r.adminRole ? ADMIN_LABELS[r.adminRole] : "—") },
];

/** The named users who hold the product. */
export function ProductUsersTable({ accountId, productId, productName, rows, emptyText, pager, canUnassign, refusalReason }: Props) {
  return (
    <DataTable
      caption={`Users assigned ${productName}`}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.personId}
      empty={emptyText}
      pager={pager}
      actions={(r) => (
        <ProductUserMenu
          accountId={accountId}
          productId={productId}
          productName={productName}
          personId={r.personId}
          personName={r.name}
          unassignRefusal={canUnassign ? undefined : refusalReason}
        />
      )}
    />
  );
}
