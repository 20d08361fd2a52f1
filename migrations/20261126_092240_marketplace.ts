import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_language" AS ENUM('it', 'en');
  CREATE TYPE "public"."enum_citizens_beneficiaries_relationship" AS ENUM('self', 'child', 'parent', 'partner', 'relative', 'other');
  CREATE TYPE "public"."enum_requests_period_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_requests_period_time_bands" AS ENUM('morning', 'afternoon', 'evening', 'night');
  CREATE TYPE "public"."enum_requests_beneficiary_relationship" AS ENUM('self', 'child', 'parent', 'partner', 'relative', 'other');
  CREATE TYPE "public"."enum_threads_status" AS ENUM('sent', 'quoted', 'accepted', 'paid', 'delivered', 'reviewed', 'declined', 'expired', 'cancelled', 'not-chosen', 'payment-expired', 'disputed', 'refunded');
  CREATE TYPE "public"."enum_quotes_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_quotes_time_bands" AS ENUM('morning', 'afternoon', 'evening', 'night');
  CREATE TYPE "public"."enum_messages_author_party" AS ENUM('citizen', 'ente', 'admin');
  CREATE TYPE "public"."enum_reviews_status" AS ENUM('pending', 'published', 'rejected');
  CREATE TYPE "public"."enum_payments_method" AS ENUM('online', 'voucher', 'other', 'free');
  CREATE TYPE "public"."enum_payments_status" AS ENUM('pending', 'succeeded', 'cancelled', 'refunded', 'partially-refunded');
  CREATE TYPE "public"."enum_vouchers_status" AS ENUM('active', 'revoked');
  CREATE TYPE "public"."enum_voucher_transactions_status" AS ENUM('registered', 'reversed', 'accounted');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('new-request', 'answer-due', 'new-quote', 'quote-expiring', 'quote-expired', 'expired', 'declined', 'quote-accepted', 'not-chosen', 'payment-due', 'payment-expired', 'payment-confirmed', 'payment-received', 'delivered', 'review-closing', 'reviewed', 'cancelled', 'refunded', 'disputed', 'resolved', 'message-for-citizen', 'message-for-ente');
  CREATE TYPE "public"."enum_notifications_email_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'none');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'thread-timer', 'thread-reminder', 'send-notification-email');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'transition';
  CREATE TABLE "citizens_beneficiaries" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"relationship" "enum_citizens_beneficiaries_relationship" NOT NULL,
  	"birth_year" numeric
  );
  
  CREATE TABLE "requests_period_days" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_requests_period_days",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "requests_period_time_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_requests_period_time_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "requests" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reference" varchar,
  	"citizen_id" uuid NOT NULL,
  	"category_id" uuid NOT NULL,
  	"beneficiary_name" varchar NOT NULL,
  	"beneficiary_relationship" "enum_requests_beneficiary_relationship" NOT NULL,
  	"beneficiary_birth_year" numeric,
  	"address_street" varchar NOT NULL,
  	"address_postcode" varchar,
  	"address_district_id" uuid NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" uuid,
  	"organisations_id" uuid
  );
  
  CREATE TABLE "threads" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reference" varchar NOT NULL,
  	"status" "enum_threads_status" NOT NULL,
  	"request_id" uuid NOT NULL,
  	"service_id" uuid NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"quote_id" uuid,
  	"respond_by" timestamp(3) with time zone,
  	"pay_by" timestamp(3) with time zone,
  	"review_by" timestamp(3) with time zone,
  	"review_closed_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quotes_days" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_quotes_days",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "quotes_time_bands" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_quotes_time_bands",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "quotes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"thread_id" uuid NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"conditions" varchar,
  	"attachment_id" uuid,
  	"superseded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"thread_id" uuid NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"author_party" "enum_messages_author_party" NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"citizens_id" uuid,
  	"users_id" uuid,
  	"thread_files_id" uuid
  );
  
  CREATE TABLE "thread_files" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"thread_id" uuid NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "thread_files_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"citizens_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "reviews" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"thread_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"service_id" uuid,
  	"citizen_id" uuid NOT NULL,
  	"punctuality" numeric NOT NULL,
  	"professionalism" numeric NOT NULL,
  	"speed" numeric NOT NULL,
  	"comment" varchar,
  	"status" "enum_reviews_status" DEFAULT 'pending' NOT NULL,
  	"moderated_at" timestamp(3) with time zone,
  	"moderation_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payments_refunds" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"refund_id" varchar,
  	"amount_cents" numeric NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "payments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"receipt_number" varchar,
  	"thread_id" uuid NOT NULL,
  	"citizen_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"method" "enum_payments_method" NOT NULL,
  	"status" "enum_payments_status" NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"voucher_cents" numeric,
  	"online_cents" numeric,
  	"refunded_cents" numeric,
  	"platform_fee_cents" numeric,
  	"voucher_id" uuid,
  	"stripe_checkout_session_id" varchar,
  	"stripe_checkout_url" varchar,
  	"stripe_payment_intent_id" varchar,
  	"stripe_destination" varchar,
  	"stripe_expires_at" timestamp(3) with time zone,
  	"paid_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stripe_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"object_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vouchers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" varchar NOT NULL,
  	"scheme" varchar NOT NULL,
  	"holder_fiscal_code" varchar NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"spent_cents" numeric DEFAULT 0,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_until" timestamp(3) with time zone NOT NULL,
  	"status" "enum_vouchers_status" DEFAULT 'active' NOT NULL,
  	"import_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "voucher_transactions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"voucher_id" uuid NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"status" "enum_voucher_transactions_status" DEFAULT 'registered' NOT NULL,
  	"payment_id" uuid,
  	"thread_id" uuid,
  	"citizen_id" uuid NOT NULL,
  	"organisation_id" uuid NOT NULL,
  	"accounted_at" timestamp(3) with time zone,
  	"reversed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "voucher_imports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"scheme" varchar NOT NULL,
  	"imported_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "notifications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"citizen_id" uuid,
  	"organisation_id" uuid,
  	"thread_id" uuid,
  	"read_at" timestamp(3) with time zone,
  	"email_status" "enum_notifications_email_status",
  	"email_sent_at" timestamp(3) with time zone,
  	"email_error" varchar,
  	"dedupe_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'it';
  ALTER TABLE "citizens" ADD COLUMN "_verified" boolean;
  ALTER TABLE "citizens" ADD COLUMN "_verificationtoken" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "vouchers_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "voucher_transactions_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "voucher_imports_id" uuid;
  ALTER TABLE "city" ADD COLUMN "marketplace_response_days" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "city" ADD COLUMN "marketplace_payment_hours" numeric DEFAULT 48 NOT NULL;
  ALTER TABLE "city" ADD COLUMN "marketplace_review_days" numeric DEFAULT 14 NOT NULL;
  ALTER TABLE "city" ADD COLUMN "marketplace_reminder_hours" numeric DEFAULT 24 NOT NULL;
  ALTER TABLE "city" ADD COLUMN "marketplace_platform_fee_basis_points" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "citizens_beneficiaries" ADD CONSTRAINT "citizens_beneficiaries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_period_days" ADD CONSTRAINT "requests_period_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_period_time_bands" ADD CONSTRAINT "requests_period_time_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests" ADD CONSTRAINT "requests_address_district_id_districts_id_fk" FOREIGN KEY ("address_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "requests_rels" ADD CONSTRAINT "requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_rels" ADD CONSTRAINT "requests_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "requests_rels" ADD CONSTRAINT "requests_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "threads" ADD CONSTRAINT "threads_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "threads" ADD CONSTRAINT "threads_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "threads" ADD CONSTRAINT "threads_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "threads" ADD CONSTRAINT "threads_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "threads" ADD CONSTRAINT "threads_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes_days" ADD CONSTRAINT "quotes_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes_time_bands" ADD CONSTRAINT "quotes_time_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_attachment_id_thread_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."thread_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_thread_files_fk" FOREIGN KEY ("thread_files_id") REFERENCES "public"."thread_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "thread_files" ADD CONSTRAINT "thread_files_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "thread_files" ADD CONSTRAINT "thread_files_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "thread_files" ADD CONSTRAINT "thread_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "thread_files_rels" ADD CONSTRAINT "thread_files_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."thread_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "thread_files_rels" ADD CONSTRAINT "thread_files_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "thread_files_rels" ADD CONSTRAINT "thread_files_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments_refunds" ADD CONSTRAINT "payments_refunds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_voucher_id_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."vouchers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_import_id_voucher_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."voucher_imports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voucher_transactions" ADD CONSTRAINT "voucher_transactions_voucher_id_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."vouchers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voucher_transactions" ADD CONSTRAINT "voucher_transactions_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voucher_transactions" ADD CONSTRAINT "voucher_transactions_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voucher_transactions" ADD CONSTRAINT "voucher_transactions_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "voucher_transactions" ADD CONSTRAINT "voucher_transactions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "citizens_beneficiaries_order_idx" ON "citizens_beneficiaries" USING btree ("_order");
  CREATE INDEX "citizens_beneficiaries_parent_id_idx" ON "citizens_beneficiaries" USING btree ("_parent_id");
  CREATE INDEX "requests_period_days_order_idx" ON "requests_period_days" USING btree ("order");
  CREATE INDEX "requests_period_days_parent_idx" ON "requests_period_days" USING btree ("parent_id");
  CREATE INDEX "requests_period_time_bands_order_idx" ON "requests_period_time_bands" USING btree ("order");
  CREATE INDEX "requests_period_time_bands_parent_idx" ON "requests_period_time_bands" USING btree ("parent_id");
  CREATE UNIQUE INDEX "requests_reference_idx" ON "requests" USING btree ("reference");
  CREATE INDEX "requests_citizen_idx" ON "requests" USING btree ("citizen_id");
  CREATE INDEX "requests_category_idx" ON "requests" USING btree ("category_id");
  CREATE INDEX "requests_address_address_district_idx" ON "requests" USING btree ("address_district_id");
  CREATE INDEX "requests_updated_at_idx" ON "requests" USING btree ("updated_at");
  CREATE INDEX "requests_created_at_idx" ON "requests" USING btree ("created_at");
  CREATE INDEX "requests_rels_order_idx" ON "requests_rels" USING btree ("order");
  CREATE INDEX "requests_rels_parent_idx" ON "requests_rels" USING btree ("parent_id");
  CREATE INDEX "requests_rels_path_idx" ON "requests_rels" USING btree ("path");
  CREATE INDEX "requests_rels_services_id_idx" ON "requests_rels" USING btree ("services_id");
  CREATE INDEX "requests_rels_organisations_id_idx" ON "requests_rels" USING btree ("organisations_id");
  CREATE UNIQUE INDEX "threads_reference_idx" ON "threads" USING btree ("reference");
  CREATE INDEX "threads_status_idx" ON "threads" USING btree ("status");
  CREATE INDEX "threads_request_idx" ON "threads" USING btree ("request_id");
  CREATE INDEX "threads_service_idx" ON "threads" USING btree ("service_id");
  CREATE INDEX "threads_citizen_idx" ON "threads" USING btree ("citizen_id");
  CREATE INDEX "threads_organisation_idx" ON "threads" USING btree ("organisation_id");
  CREATE INDEX "threads_quote_idx" ON "threads" USING btree ("quote_id");
  CREATE INDEX "threads_updated_at_idx" ON "threads" USING btree ("updated_at");
  CREATE INDEX "threads_created_at_idx" ON "threads" USING btree ("created_at");
  CREATE INDEX "quotes_days_order_idx" ON "quotes_days" USING btree ("order");
  CREATE INDEX "quotes_days_parent_idx" ON "quotes_days" USING btree ("parent_id");
  CREATE INDEX "quotes_time_bands_order_idx" ON "quotes_time_bands" USING btree ("order");
  CREATE INDEX "quotes_time_bands_parent_idx" ON "quotes_time_bands" USING btree ("parent_id");
  CREATE INDEX "quotes_thread_idx" ON "quotes" USING btree ("thread_id");
  CREATE INDEX "quotes_citizen_idx" ON "quotes" USING btree ("citizen_id");
  CREATE INDEX "quotes_organisation_idx" ON "quotes" USING btree ("organisation_id");
  CREATE INDEX "quotes_attachment_idx" ON "quotes" USING btree ("attachment_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id");
  CREATE INDEX "messages_citizen_idx" ON "messages" USING btree ("citizen_id");
  CREATE INDEX "messages_organisation_idx" ON "messages" USING btree ("organisation_id");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "messages_rels_order_idx" ON "messages_rels" USING btree ("order");
  CREATE INDEX "messages_rels_parent_idx" ON "messages_rels" USING btree ("parent_id");
  CREATE INDEX "messages_rels_path_idx" ON "messages_rels" USING btree ("path");
  CREATE INDEX "messages_rels_citizens_id_idx" ON "messages_rels" USING btree ("citizens_id");
  CREATE INDEX "messages_rels_users_id_idx" ON "messages_rels" USING btree ("users_id");
  CREATE INDEX "messages_rels_thread_files_id_idx" ON "messages_rels" USING btree ("thread_files_id");
  CREATE INDEX "thread_files_thread_idx" ON "thread_files" USING btree ("thread_id");
  CREATE INDEX "thread_files_citizen_idx" ON "thread_files" USING btree ("citizen_id");
  CREATE INDEX "thread_files_organisation_idx" ON "thread_files" USING btree ("organisation_id");
  CREATE INDEX "thread_files_updated_at_idx" ON "thread_files" USING btree ("updated_at");
  CREATE INDEX "thread_files_created_at_idx" ON "thread_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "thread_files_filename_idx" ON "thread_files" USING btree ("filename");
  CREATE INDEX "thread_files_rels_order_idx" ON "thread_files_rels" USING btree ("order");
  CREATE INDEX "thread_files_rels_parent_idx" ON "thread_files_rels" USING btree ("parent_id");
  CREATE INDEX "thread_files_rels_path_idx" ON "thread_files_rels" USING btree ("path");
  CREATE INDEX "thread_files_rels_citizens_id_idx" ON "thread_files_rels" USING btree ("citizens_id");
  CREATE INDEX "thread_files_rels_users_id_idx" ON "thread_files_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "reviews_thread_idx" ON "reviews" USING btree ("thread_id");
  CREATE INDEX "reviews_organisation_idx" ON "reviews" USING btree ("organisation_id");
  CREATE INDEX "reviews_service_idx" ON "reviews" USING btree ("service_id");
  CREATE INDEX "reviews_citizen_idx" ON "reviews" USING btree ("citizen_id");
  CREATE INDEX "reviews_status_idx" ON "reviews" USING btree ("status");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  CREATE INDEX "payments_refunds_order_idx" ON "payments_refunds" USING btree ("_order");
  CREATE INDEX "payments_refunds_parent_id_idx" ON "payments_refunds" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "payments_receipt_number_idx" ON "payments" USING btree ("receipt_number");
  CREATE INDEX "payments_thread_idx" ON "payments" USING btree ("thread_id");
  CREATE INDEX "payments_citizen_idx" ON "payments" USING btree ("citizen_id");
  CREATE INDEX "payments_organisation_idx" ON "payments" USING btree ("organisation_id");
  CREATE INDEX "payments_status_idx" ON "payments" USING btree ("status");
  CREATE INDEX "payments_voucher_idx" ON "payments" USING btree ("voucher_id");
  CREATE UNIQUE INDEX "payments_stripe_stripe_checkout_session_id_idx" ON "payments" USING btree ("stripe_checkout_session_id");
  CREATE INDEX "payments_stripe_stripe_payment_intent_id_idx" ON "payments" USING btree ("stripe_payment_intent_id");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_object_id_idx" ON "stripe_events" USING btree ("object_id");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "vouchers_code_idx" ON "vouchers" USING btree ("code");
  CREATE INDEX "vouchers_scheme_idx" ON "vouchers" USING btree ("scheme");
  CREATE INDEX "vouchers_holder_fiscal_code_idx" ON "vouchers" USING btree ("holder_fiscal_code");
  CREATE INDEX "vouchers_import_idx" ON "vouchers" USING btree ("import_id");
  CREATE INDEX "vouchers_updated_at_idx" ON "vouchers" USING btree ("updated_at");
  CREATE INDEX "vouchers_created_at_idx" ON "vouchers" USING btree ("created_at");
  CREATE INDEX "voucher_transactions_voucher_idx" ON "voucher_transactions" USING btree ("voucher_id");
  CREATE INDEX "voucher_transactions_status_idx" ON "voucher_transactions" USING btree ("status");
  CREATE INDEX "voucher_transactions_payment_idx" ON "voucher_transactions" USING btree ("payment_id");
  CREATE INDEX "voucher_transactions_thread_idx" ON "voucher_transactions" USING btree ("thread_id");
  CREATE INDEX "voucher_transactions_citizen_idx" ON "voucher_transactions" USING btree ("citizen_id");
  CREATE INDEX "voucher_transactions_organisation_idx" ON "voucher_transactions" USING btree ("organisation_id");
  CREATE INDEX "voucher_transactions_updated_at_idx" ON "voucher_transactions" USING btree ("updated_at");
  CREATE INDEX "voucher_transactions_created_at_idx" ON "voucher_transactions" USING btree ("created_at");
  CREATE INDEX "voucher_imports_updated_at_idx" ON "voucher_imports" USING btree ("updated_at");
  CREATE INDEX "voucher_imports_created_at_idx" ON "voucher_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "voucher_imports_filename_idx" ON "voucher_imports" USING btree ("filename");
  CREATE INDEX "notifications_citizen_idx" ON "notifications" USING btree ("citizen_id");
  CREATE INDEX "notifications_organisation_idx" ON "notifications" USING btree ("organisation_id");
  CREATE INDEX "notifications_thread_idx" ON "notifications" USING btree ("thread_id");
  CREATE INDEX "notifications_email_email_status_idx" ON "notifications" USING btree ("email_status");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vouchers_fk" FOREIGN KEY ("vouchers_id") REFERENCES "public"."vouchers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_voucher_transactions_fk" FOREIGN KEY ("voucher_transactions_id") REFERENCES "public"."voucher_transactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_voucher_imports_fk" FOREIGN KEY ("voucher_imports_id") REFERENCES "public"."voucher_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");
  CREATE INDEX "payload_locked_documents_rels_vouchers_id_idx" ON "payload_locked_documents_rels" USING btree ("vouchers_id");
  CREATE INDEX "payload_locked_documents_rels_voucher_transactions_id_idx" ON "payload_locked_documents_rels" USING btree ("voucher_transactions_id");
  CREATE INDEX "payload_locked_documents_rels_voucher_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("voucher_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens_beneficiaries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_period_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_period_time_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "threads" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes_time_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "thread_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "thread_files_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments_refunds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stripe_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vouchers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "voucher_transactions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "voucher_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens_beneficiaries" CASCADE;
  DROP TABLE "requests_period_days" CASCADE;
  DROP TABLE "requests_period_time_bands" CASCADE;
  DROP TABLE "requests" CASCADE;
  DROP TABLE "requests_rels" CASCADE;
  DROP TABLE "threads" CASCADE;
  DROP TABLE "quotes_days" CASCADE;
  DROP TABLE "quotes_time_bands" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "messages_rels" CASCADE;
  DROP TABLE "thread_files" CASCADE;
  DROP TABLE "thread_files_rels" CASCADE;
  DROP TABLE "reviews" CASCADE;
  DROP TABLE "payments_refunds" CASCADE;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "stripe_events" CASCADE;
  DROP TABLE "vouchers" CASCADE;
  DROP TABLE "voucher_transactions" CASCADE;
  DROP TABLE "voucher_imports" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_vouchers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_voucher_transactions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_voucher_imports_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_vouchers_id_idx";
  DROP INDEX "payload_locked_documents_rels_voucher_transactions_id_idx";
  DROP INDEX "payload_locked_documents_rels_voucher_imports_id_idx";
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "citizens" DROP COLUMN "_verified";
  ALTER TABLE "citizens" DROP COLUMN "_verificationtoken";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "vouchers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "voucher_transactions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "voucher_imports_id";
  ALTER TABLE "city" DROP COLUMN "marketplace_response_days";
  ALTER TABLE "city" DROP COLUMN "marketplace_payment_hours";
  ALTER TABLE "city" DROP COLUMN "marketplace_review_days";
  ALTER TABLE "city" DROP COLUMN "marketplace_reminder_hours";
  ALTER TABLE "city" DROP COLUMN "marketplace_platform_fee_basis_points";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_citizens_beneficiaries_relationship";
  DROP TYPE "public"."enum_requests_period_days";
  DROP TYPE "public"."enum_requests_period_time_bands";
  DROP TYPE "public"."enum_requests_beneficiary_relationship";
  DROP TYPE "public"."enum_threads_status";
  DROP TYPE "public"."enum_quotes_days";
  DROP TYPE "public"."enum_quotes_time_bands";
  DROP TYPE "public"."enum_messages_author_party";
  DROP TYPE "public"."enum_reviews_status";
  DROP TYPE "public"."enum_payments_method";
  DROP TYPE "public"."enum_payments_status";
  DROP TYPE "public"."enum_vouchers_status";
  DROP TYPE "public"."enum_voucher_transactions_status";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_email_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
