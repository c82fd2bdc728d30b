// polylabel 2 ships no types: the one function the base map uses.
declare module "polylabel" {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
  ): number[] & { distance: number };
}
