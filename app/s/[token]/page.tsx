// DESIGN.md's short form of a share link (/s/<token>): the same public page as /share/<token> (HB-3).
export { default, metadata } from "../../share/[token]/page";
