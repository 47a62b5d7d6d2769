CREATE TABLE "order_notices" (
	"order_number" text NOT NULL,
	"history_index" integer NOT NULL,
	"notice" text,
	"outcome" text NOT NULL,
	"outbox_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_notices_order_number_history_index_pk" PRIMARY KEY("order_number","history_index")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "delivered_via" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "orders_updated_idx" ON "orders" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."delivered_at" is null and "outbox"."failed_at" is null;--> statement-breakpoint
-- Status changes made before order notices existed are not notified now.
INSERT INTO "order_notices" ("order_number", "history_index", "outcome")
SELECT o."order_number", e.ordinality - 1, 'before_notices'
FROM "orders" o, jsonb_array_elements(coalesce(o."data" -> 'history', '[]'::jsonb)) WITH ORDINALITY AS e;
