-- Evidence photos (a certificate kept with a training), version 15: the picture itself, inside the encrypted store.
-- Until now the photo was copied as a plain file to <app folder>/evidence/, readable by anyone holding the folder.
-- NAME is the training's evidenceRef ("evidence/<training id>.jpg"), so records and drafts keep their reference;
-- the plain files still found are moved in and deleted at the next unlock (org.jalons.storage.EvidencePhotos).
-- Local to the phone, never synced.
CREATE TABLE EVIDENCE_PHOTO (
    NAME     VARCHAR(500) PRIMARY KEY,
    CONTENT  BLOB NOT NULL,
    ADDED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
