CREATE TABLE "viewed_products" (
	"shopper" text PRIMARY KEY NOT NULL,
	"product_ids" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
