-- Indexes for the annual report (lib/reports/compute, docs/annual-report.md). A combined report counts every
-- request of a government and its departments (a million in the benchmark); these indexes hold every column the
-- counting rules read, so PostgreSQL scans them alone instead of the table (index-only scans), and joins
-- appeals and fee notices to the requests of the subject agencies without reading the table either.

-- CreateIndex
CREATE INDEX "info_request_report_received_idx" ON "info_request"("agency_id", "received_on", "concluded_on", "applicant_type", "outcome", "channel", "due_on");

-- CreateIndex
CREATE INDEX "info_request_report_concluded_idx" ON "info_request"("agency_id", "concluded_on", "outcome", "due_on");

-- CreateIndex
CREATE INDEX "info_request_report_agency_id_idx" ON "info_request"("agency_id", "id");
