ALTER TABLE "rfqs" ADD COLUMN "number" text;--> statement-breakpoint
-- Every request stored before numbers gets one, made as the engine makes them (createRfqNumber of
-- @orderzone/core/rfq): RFQ-, 9 random characters of the alphabet without look-alikes and a check
-- character (the sum of each character's value times its position, modulo 31), in the column and in
-- the stored Rfq. The subquery names its row, so each row draws its own characters.
UPDATE "rfqs" AS "r"
SET "number" = "n"."number", "data" = jsonb_set("r"."data", '{number}', to_jsonb("n"."number"))
FROM (
	SELECT "b"."id", 'RFQ-' || substr("b"."chars", 1, 5) || '-' || substr("b"."chars", 6, 5) AS "number"
	FROM (
		SELECT "x"."id", "x"."body" || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + ((
			SELECT sum("i" * (strpos('23456789ABCDEFGHJKMNPQRSTUVWXYZ', substr("x"."body", "i", 1)) - 1)) FROM generate_series(1, 9) AS "i"
		)::int % 31), 1) AS "chars"
		FROM (
			SELECT "q"."id", (
				SELECT string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + floor(random() * 31)::int, 1), '') FROM generate_series(1, 9) AS "g" WHERE "q"."id" IS NOT NULL
			) AS "body"
			FROM "rfqs" AS "q"
			WHERE "q"."number" IS NULL
		) AS "x"
	) AS "b"
) AS "n"
WHERE "r"."id" = "n"."id";--> statement-breakpoint
-- A request accepted and not ordered: accepting was its last change, so that is when it was accepted
-- (an expired request without acceptedAt is one the merchant may answer again).
UPDATE "rfqs"
SET "data" = jsonb_set("data", '{acceptedAt}', "data" -> 'updatedAt')
WHERE "status" = 'accepted' AND "data" ->> 'acceptedAt' IS NULL AND "data" ->> 'orderNumber' IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "rfqs_number_idx" ON "rfqs" USING btree ("number");
