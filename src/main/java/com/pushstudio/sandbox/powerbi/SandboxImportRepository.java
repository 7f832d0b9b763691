package com.pushstudio.sandbox.powerbi;

import org.springframework.data.jpa.repository.JpaRepository;

interface SandboxImportRepository extends JpaRepository<SandboxImport, String> {

}
