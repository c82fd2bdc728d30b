// frictionless-js ships no types; these declare the little the contract test uses.
declare module "datapackage" {
  interface Resource {
    name: string;
    read(options: { cast: boolean; relations: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: object, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: { message: string }[];
    resources: Resource[];
  }
}
declare module "tableschema" {
  export class Schema {
    static load(descriptor: object): Promise<Schema>;
    valid: boolean;
    errors: { message: string }[];
  }
}
