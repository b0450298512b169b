-- Store version 18: a person's phone number and address, for the file's call, text and map buttons. Like CONTACT,
-- kept only while the person's IDENTITY_CONTACT consent is in force (the repository and the server refuse them
-- otherwise). Sizes are the protocol's (RecordSchema.PHONE_MAX, ADDRESS_MAX).
ALTER TABLE BENEFICIARY ADD COLUMN PHONE VARCHAR(40);
ALTER TABLE BENEFICIARY ADD COLUMN ADDRESS VARCHAR(300);
