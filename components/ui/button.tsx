import { forwardRef, type ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
  ghost: "text-slate-700 hover:bg-slate-100 disabled:text-slate-400",
} as const;

const sizes = {
  md: "rounded-md px-4 py-2 text-sm font-medium",
  sm: "rounded-md px-2.5 py-1 text-sm font-medium",
  icon: "inline-flex h-8 w-8 items-center justify-center rounded-md",
} as const;

export type ButtonVariant = keyof typeof variants;
type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: keyof typeof sizes };

/** The one button: a forwardRef so that headless triggers (`asChild`) can use it. */
export const Button = forwardRef<HTMLButtonElement, Props>(function Button({ variant = "primary", size = "md", className = "", ...props }, ref) {
  return <button ref={ref} className={`${sizes[size]} ${variants[variant]} focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${className}`} {...props} />;
});
