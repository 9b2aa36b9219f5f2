import type { ButtonHTMLAttributes } from "react";

const styles = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles };

export function Button({ variant = "primary", className = "", ...props }: Props) {
  return <button className={`rounded-md px-4 py-2 text-sm font-medium ${styles[variant]} ${className}`} {...props} />;
}
