-- Changes Aircall accepted but the mirror could not take: the sync reads each resource again from Aircall.
CREATE TABLE "mirror_repairs" (
	"resource" text NOT NULL,
	"id" bigint NOT NULL,
	"endpoint" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mirror_repairs_resource_id_pk" PRIMARY KEY("resource","id")
);
